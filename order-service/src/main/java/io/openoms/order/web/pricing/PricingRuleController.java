package io.openoms.order.web.pricing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.openoms.order.application.pricing.ManagePricingRules;
import io.openoms.order.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The operator's pricing rules: create, list, read, deactivate. Rules are never edited
 * (orders name them in their breakdowns): deactivate and create a new one.
 */
@RestController
@RequestMapping("/api/pricing/rules")
@Tag(name = OpenApiConfiguration.PRICING)
class PricingRuleController {

	private final ManagePricingRules rules;

	PricingRuleController(ManagePricingRules rules) {
		this.rules = rules;
	}

	@PostMapping
	@Operation(operationId = "createPricingRule", summary = "Create a pricing rule or coupon",
			description = "Rules are never edited: orders name the rules in their breakdowns. To change one, "
					+ "deactivate it and create a new one.")
	@ApiResponse(responseCode = "201", description = "Created; `Location` is the rule's URL")
	ResponseEntity<PricingRuleResponse> create(@Valid @RequestBody PricingRuleRequest request) {
		PricingRuleResponse created = PricingRuleResponse.of(this.rules.create(request.toRule()));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(created.id())
			.toUri();
		return ResponseEntity.created(location).body(created);
	}

	@GetMapping
	@Operation(operationId = "listPricingRules", summary = "List pricing rules")
	@ApiResponse(responseCode = "200", description = "The rules")
	List<PricingRuleResponse> list(@RequestParam(defaultValue = "false") boolean activeOnly,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.rules.list(activeOnly, limit).stream().map(PricingRuleResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPricingRule", summary = "Read a pricing rule")
	@ApiResponse(responseCode = "200", description = "The rule")
	PricingRuleResponse get(@PathVariable UUID id) {
		return PricingRuleResponse.of(this.rules.find(id));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(operationId = "deactivatePricingRule", summary = "Deactivate a pricing rule",
			description = "Orders placed from now on are priced without it.")
	@ApiResponse(responseCode = "200", description = "The rule, inactive")
	PricingRuleResponse deactivate(@PathVariable UUID id) {
		return PricingRuleResponse.of(this.rules.deactivate(id));
	}

}
