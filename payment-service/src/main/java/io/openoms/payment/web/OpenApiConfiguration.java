package io.openoms.payment.web;

import io.openoms.web.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * payment-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, checked in as {@code docs/openapi/payment-service.yaml}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI paymentServiceApi() {
		return OpenApiDocuments.document("OpenOMS payment-service operator API", """
				What operators see and do with payments. Payments themselves are made by events (an order placed is \
				charged; a cancelled order refunded), never by this API. Errors are RFC 9457 problems \
				(`application/problem+json`); money is integer minor units and an ISO 4217 currency.
				""", 8081,
				OpenApiDocuments.tag("Payments", "An order's charges and refunds and their gateway attempts"),
				OpenApiDocuments.tag("Refunds",
						"An operator's goodwill or partial refund, idempotent by `Idempotency-Key`"),
				OpenApiDocuments.tag("Simulated gateway",
						"The simulated gateway's stand-in for the bank's 3-D Secure page (local runs and tests)"));
	}

	@Bean
	OpenApiCustomizer openApiProblemResponses() {
		return OpenApiDocuments.problemResponses();
	}

}
