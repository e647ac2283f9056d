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
			response.setHeader("WWW-Authenticate", "Basic realm=\"lettergraph\"");
		}
		this.json.writeValue(response.getOutputStream(), Map.of("error", message));
	}
}
