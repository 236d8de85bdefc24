package io.openoms.order.web;

import io.openoms.web.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * order-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, checked in as {@code docs/openapi/order-service.yaml}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** A tag of the API. */
	public static final String ORDERS = "Orders";

	/** A tag of the API. */
	public static final String CATALOG = "Catalog";

	/** A tag of the API. */
	public static final String PRICING = "Pricing rules";

	/** A tag of the API. */
	public static final String CUSTOMERS = "Customers";

	/** A tag of the API. */
	public static final String REPORTS = "Reports";

	@Bean
	OpenAPI orderServiceApi() {
		return OpenApiDocuments.document("OpenOMS order-service API", """
				Where people and systems place orders and operators manage them, the catalog, the pricing rules, \
				customers and reports.

				- Prices, discounts, tax, totals and statuses are computed by the server: request bodies have no such \
				fields, and a body with a field the request does not have is rejected (400).
				- Every error is an RFC 9457 problem (`application/problem+json`) with a stable `type`; invalid \
				input names each field to fix in `errors`.
				- Money is `{"amountMinor": 1299, "currency": "EUR"}`: integer minor units and an ISO 4217 code.
				- Upstream systems can also hand orders over as `OrderPlaced` events on Kafka (see docs/asyncapi.yaml).
				""", 8080,
				OpenApiDocuments.tag(ORDERS,
						"Place (idempotently, with `Idempotency-Key`), read, list, cancel, "
								+ "hold and release orders"),
				OpenApiDocuments.tag(CATALOG,
						"The operator's product catalog: SKU, name, category, list price "
								+ "(gross), weight, active flag"),
				OpenApiDocuments.tag(PRICING,
						"Discounts by SKU, category or order, date ranges, minimums, coupons "
								+ "and stacking (precedence: docs/adr/0014)"),
				OpenApiDocuments.tag(CUSTOMERS,
						"Profiles, address books, order history and lifetime totals, "
								+ "written as orders are placed"),
				OpenApiDocuments.tag(REPORTS, "Orders and revenue, top products, status funnel, stage times and "
						+ "cancellation reasons over a period of UTC days (at most 366)"));
	}

	@Bean
	OpenApiCustomizer openApiProblemResponses() {
		return OpenApiDocuments.problemResponses();
	}

}
