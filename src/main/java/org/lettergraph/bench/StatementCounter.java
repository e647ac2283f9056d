package org.lettergraph.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the service sends by wrapping its driver: every {@code run} on a session or
 * transaction the driver hands out is one statement. The benchmark reports it per GraphQL request.
 */
final class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	int reset() {
		return this.statements.getAndSet(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver) ? wrap(bean, Driver.class) : bean;
	}

	private Object wrap(Object target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			this.statements.incrementAndGet();
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		Class<?> returned = method.getReturnType();
		// Sessions and transactions are wrapped in turn, so what runs through them is counted too.
		if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver")
				&& (returned.getSimpleName().contains("Session") || returned.getSimpleName().contains("Transaction"))) {
			return wrap(result, returned);
		}
		return result;
	}
}
