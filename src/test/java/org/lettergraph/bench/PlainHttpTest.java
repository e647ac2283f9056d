package org.lettergraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fixed-cost bench's plain HTTP client against the JDK's small server: bodies by length and by chunks, the
 * request's body as sent, a connection kept for the next request, and a new one when the server closes it.
 */
class PlainHttpTest {

	private HttpServer server;

	private final AtomicInteger served = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		// Echoes the request's body: by its length, or in chunks (length 0 in the JDK server's terms).
		this.server.createContext("/echo", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String answer = "{\"got\":" + new String(body, StandardCharsets.UTF_8) + ",\"n\":"
					+ this.served.incrementAndGet() + "}";
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			boolean chunked = exchange.getRequestURI().getQuery() != null;
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, chunked ? 0 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				if (chunked) {
					out.write(bytes, 0, 5);
					out.flush();
					out.write(bytes, 5, bytes.length - 5);
				}
				else {
					out.write(bytes);
				}
			}
		});
		this.server.createContext("/closing", exchange -> {
			exchange.getRequestBody().readAllBytes();
			byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Connection", "close");
			exchange.sendResponseHeaders(404, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void readsAnswersByLengthAndByChunksOnOneKeptConnection() throws IOException {
		try (PlainHttp client = new PlainHttp("localhost", this.server.getAddress().getPort())) {
			PlainHttp.Response first = client.post("/echo", "{\"query\":\"{ é }\"}");
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.body()).isEqualTo("{\"got\":{\"query\":\"{ é }\"},\"n\":1}");
			PlainHttp.Response chunked = client.post("/echo?chunked", "[1,2,3]");
			assertThat(chunked.body()).isEqualTo("{\"got\":[1,2,3],\"n\":2}");
			assertThat(client.post("/echo", "7").body()).isEqualTo("{\"got\":7,\"n\":3}");
			assertThat(client.connections()).isEqualTo(1);
		}
	}

	@Test
	void opensANewConnectionAfterTheServerSaysItCloses() throws IOException {
		try (PlainHttp client = new PlainHttp("localhost", this.server.getAddress().getPort())) {
			assertThat(client.post("/closing", "{}").status()).isEqualTo(404);
			assertThat(client.post("/echo", "1").body()).isEqualTo("{\"got\":1,\"n\":1}");
			assertThat(client.connections()).isEqualTo(2);
		}
	}

	@Test
	void refusesWhatIsNotHttp() throws IOException {
		try (java.net.ServerSocket notHttp = new java.net.ServerSocket(0)) {
			Thread answer = new Thread(() -> {
				try (var socket = notHttp.accept()) {
					socket.getInputStream().read(new byte[256]);
					socket.getOutputStream().write("SSH-2.0-hello\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ignored) {
					// the test's own end of it
				}
			});
			answer.start();
			try (PlainHttp client = new PlainHttp("localhost", notHttp.getLocalPort())) {
				assertThatThrownBy(() -> client.post("/", "{}")).isInstanceOf(IOException.class)
					.hasMessageContaining("not an HTTP/1.1 answer");
			}
		}
	}
}
