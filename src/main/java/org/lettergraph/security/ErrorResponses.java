package org.lettergraph.security;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Refusals at the HTTP level, as a small JSON body with a plain message. */
@Component
class ErrorResponses {

	private final ObjectMapper json = new ObjectMapper();

	void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			// Never "Basic": a browser would answer it with its own password dialog, and then keep sending the
			// password it was given, also with requests another site's page makes. The page signs in with a form.
			response.setHeader("WWW-Authenticate", "Bearer realm=\"lettergraph\"");
		}
		this.json.writeValue(response.getOutputStream(), Map.of("error", message));
	}
}
