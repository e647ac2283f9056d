package org.lettergraph.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every answer. The organizers' page runs only its own scripts and styles from this
 * service ({@code script-src 'self'}, no inline script or style), may not be framed, and sends forms only here.
 * <p>
 * GraphiQL ({@code /graphiql}) is Spring for GraphQL's page, not ours: it is two inline scripts (an import map and a
 * module) that load GraphiQL, React and Monaco from esm.sh, with inline styles and workers. It gets its own policy:
 * its inline scripts are allowed by their SHA-256 (read from the page Spring serves, so an upgrade keeps working),
 * not by {@code 'unsafe-inline'}; esm.sh is allowed for scripts, styles, fonts and workers.
 */
class ContentSecurityPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String PAGE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	private static final String ESM = "https://esm.sh";

	private final String graphiql;

	ContentSecurityPolicy() {
		this.graphiql = "default-src 'self'; script-src 'self' " + String.join(" ", inlineScriptHashes()) + " " + ESM
				+ "; style-src 'self' 'unsafe-inline' " + ESM + "; img-src 'self' data: blob: " + ESM
				+ "; font-src 'self' data: " + ESM + "; worker-src 'self' blob: " + ESM + "; connect-src 'self' " + ESM
				+ "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader(HEADER)) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader(HEADER, (path.equals("/graphiql") || path.startsWith("/graphiql/")) ? this.graphiql : PAGE);
	}

	String graphiqlPolicy() {
		return this.graphiql;
	}

	/** 'sha256-…' of each inline script of Spring for GraphQL's GraphiQL page (none when it is not there). */
	static List<String> inlineScriptHashes() {
		List<String> hashes = new ArrayList<>();
		ClassPathResource page = new ClassPathResource("graphiql/index.html");
		if (!page.exists()) {
			return hashes;
		}
		try (InputStream in = page.getInputStream()) {
			String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(html);
			while (script.find()) {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(script.group(1).getBytes(StandardCharsets.UTF_8));
				hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
			}
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			// Without the hashes GraphiQL's page does not run; the organizers' page is unaffected.
		}
		return hashes;
	}
}
