package io.openoms.shipping.web;

import io.openoms.web.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * shipping-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, checked in as {@code docs/openapi/shipping-service.yaml}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI shippingServiceApi() {
		return OpenApiDocuments.document("OpenOMS shipping-service operator API", """
				Shipments (made by events, never by this API) and the carriers' signed tracking webhooks. Errors \
				are RFC 9457 problems (`application/problem+json`).
				""", 8083, OpenApiDocuments.tag("Shipments", "An order's parcels, their labels and tracking"),
				OpenApiDocuments.tag("Carrier webhooks",
						"Where carriers push tracking updates, signed with HMAC-SHA256"));
	}

	@Bean
	OpenApiCustomizer openApiProblemResponses() {
		return OpenApiDocuments.problemResponses();
	}

}
