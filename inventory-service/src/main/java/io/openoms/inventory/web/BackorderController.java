package io.openoms.inventory.web;

import java.util.List;

import io.openoms.inventory.application.FindStock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The queue of orders waiting for stock, in the order they will be served. */
@RestController
@Tag(name = "Backorders")
@RequestMapping("/api/backorders")
class BackorderController {

	private final FindStock findStock;

	BackorderController(FindStock findStock) {
		this.findStock = findStock;
	}

	@GetMapping
	@Operation(operationId = "listBackorders", summary = "Orders waiting for stock, in the order they will be served")
	@ApiResponse(responseCode = "200", description = "The queue")
	List<StockResponses.BackorderResponse> backorders(@RequestParam(defaultValue = "100") @Min(value = 1,
			message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000") int limit) {
		return this.findStock.backorders(limit).stream().map(StockResponses.BackorderResponse::of).toList();
	}

}
