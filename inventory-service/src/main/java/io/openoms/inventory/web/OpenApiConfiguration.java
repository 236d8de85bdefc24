package io.openoms.inventory.web;

import io.openoms.web.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * inventory-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, checked in as {@code docs/openapi/inventory-service.yaml}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI inventoryServiceApi() {
		return OpenApiDocuments.document("OpenOMS inventory-service operator API", """
				Stock per SKU and warehouse: receipts, adjustments, expected receipts, available-to-promise, \
				movements and the backorder queue. Allocation itself is driven by events. Errors are RFC 9457 problems \
				(`application/problem+json`).
				""", 8082,
				OpenApiDocuments.tag("Stock",
						"Levels, receipts, adjustments, expected receipts, available-to-promise and movements per SKU"),
				OpenApiDocuments.tag("Backorders", "Orders waiting for stock, in the order they will be served"));
	}

	@Bean
	OpenApiCustomizer openApiProblemResponses() {
		return OpenApiDocuments.problemResponses();
	}

}
