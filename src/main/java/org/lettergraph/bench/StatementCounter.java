package org.lettergraph.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the service sends, by wrapping the driver: every {@code run} on a session or
 * transaction it hands out is one statement. The benchmark reports it per GraphQL request; tests use it to prove a
 * nested query costs one statement per level, not one per row.
 */
public class StatementCounter implements BeanPostProcessor {

	/** How a statement that belongs to no request starts (see cypher/queries/graph/list-sizes.cypher). */
	static final String HOUSEKEEPING = "// housekeeping";

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private final AtomicInteger sessions = new AtomicInteger();

	public int count() {
		return this.statements.size();
	}

	/** The first comment line (the query's description) or first line of each statement, in order. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	/** Threads that run housekeeping on their own schedule (ListSizes, CoSignatureIndex): not a request's work. */
	private static final java.util.Set<String> HOUSEKEEPING_THREADS = java.util.Set.of("list-sizes",
			"co-signature-index");

	/** Sessions opened on the driver (each one borrows a connection), but not by the housekeeping threads. */
	public int sessions() {
		return this.sessions.get();
	}

	public void reset() {
		this.statements.clear();
		this.sessions.set(0);
	}

	/** How many statements ran since the last call, starting the count again. */
	public int takeCount() {
		int count = this.statements.size();
		this.statements.clear();
		return count;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver) ? wrap(bean, Driver.class) : bean;
	}

	private static String describe(Object[] args) {
		String text = (args != null && args.length > 0) ? String.valueOf(args[0]) : "";
		String first = text.strip().lines().findFirst().orElse("");
		return (first.length() > 90) ? first.substring(0, 90) : first;
	}

	/** A proxy with every interface of the real object, so casts the driver's callers make keep working. */
	private Object wrap(Object target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		Class<?>[] interfaces = org.springframework.util.ClassUtils.getAllInterfaces(target);
		return Proxy.newProxyInstance(type.getClassLoader(), interfaces, handler);
	}

	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			String statement = describe(args);
			// Housekeeping reads (the list sizes of the cost limit) run on their own schedule, not for a request.
			if (!statement.startsWith(HOUSEKEEPING)) {
				this.statements.add(statement);
			}
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		Class<?> returned = method.getReturnType();
		if (target instanceof Driver && returned.getSimpleName().contains("Session")
				&& !HOUSEKEEPING_THREADS.contains(Thread.currentThread().getName())) {
			this.sessions.incrementAndGet();
		}
		// Sessions and transactions are wrapped in turn, so statements run through them are counted too.
		if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver")
				&& (returned.getSimpleName().contains("Session") || returned.getSimpleName().contains("Transaction"))) {
			return wrap(result, returned);
		}
		return result;
	}
}
