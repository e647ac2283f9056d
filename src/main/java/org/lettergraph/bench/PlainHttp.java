package org.lettergraph.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The least an HTTP/1.1 client can do to post JSON and read the answer: one socket kept alive (Nagle off), the
 * request written in one go, the status line and headers read, the body read by its length or its chunks. It is to
 * HTTP what the kept Bolt session is to the database in {@link FixedCostBench}: the client's own cost kept small, so
 * what is timed is the service. (The JDK's {@code HttpClient}, which the bench also times, hands each exchange
 * between its own threads.) When the server says it closes the connection (Tomcat does after 100 requests on one),
 * the next request opens a new one, as any client would; nothing else is supported (no redirects, no TLS, no
 * 100-continue).
 */
final class PlainHttp implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	/** Connections opened, the first included. */
	private int connections;

	PlainHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Posts {@code json} to {@code path} and returns the status and the body. Should a kept connection turn out closed
	 * by the server before any answer (it may close an idle one without saying so), the request is sent once more on a
	 * new connection.
	 */
	Response post(String path, String json) throws IOException {
		boolean reused = this.socket != null;
		try {
			return exchange(path, json);
		}
		catch (NoAnswer ex) {
			closeSocket();
			if (!reused) {
				throw ex;
			}
			return exchange(path, json);
		}
	}

	private Response exchange(String path, String json) throws IOException {
		if (this.socket == null) {
			connect();
		}
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n";
		this.out.write(head.getBytes(StandardCharsets.US_ASCII));
		this.out.write(body);
		this.out.flush();
		String status;
		try {
			status = line();
		}
		catch (EOFException | java.net.SocketException ex) {
			throw new NoAnswer(ex);
		}
		if (!status.startsWith("HTTP/1.1 ")) {
			throw new IOException("not an HTTP/1.1 answer: " + status);
		}
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = chunkSize(); size > 0; size = chunkSize()) {
				answer.write(exactly(size));
				line();
			}
			// Trailers, if any, end with an empty line.
			while (!line().isEmpty()) {
				// skipped
			}
		}
		else if (length >= 0) {
			answer.write(exactly((int) length));
		}
		else {
			throw new IOException("an answer with neither a length nor chunks");
		}
		if (close) {
			closeSocket();
		}
		return new Response(code, answer.toString(StandardCharsets.UTF_8));
	}

	int connections() {
		return this.connections;
	}

	private void connect() throws IOException {
		this.socket = new Socket(this.host, this.port);
		this.socket.setTcpNoDelay(true);
		this.out = new BufferedOutputStream(this.socket.getOutputStream(), 8192);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 16384);
		this.connections++;
	}

	private int chunkSize() throws IOException {
		String size = line();
		int extension = size.indexOf(';');
		return Integer.parseInt(((extension < 0) ? size : size.substring(0, extension)).strip(), 16);
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = this.in.readNBytes(n);
		if (bytes.length < n) {
			throw new EOFException("the connection closed in the middle of an answer");
		}
		return bytes;
	}

	private String line() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new EOFException("the connection closed in the middle of an answer");
			}
			if (c != '\r') {
				text.append((char) c);
			}
		}
		return text.toString();
	}

	private void closeSocket() throws IOException {
		Socket open = this.socket;
		this.socket = null;
		if (open != null) {
			open.close();
		}
	}

	/** The connection ended before the first byte of an answer. */
	private static final class NoAnswer extends IOException {

		NoAnswer(IOException cause) {
			super("the server closed the connection without answering", cause);
		}
	}

	@Override
	public void close() {
		try {
			closeSocket();
		}
		catch (IOException ex) {
			// Nothing was waiting on the connection any more.
		}
	}

	/** An answer: its status code and body. */
	record Response(int status, String body) {
	}
}
