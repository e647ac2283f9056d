package org.lettergraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LettergraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(LettergraphApplication.class, args);
	}
}
