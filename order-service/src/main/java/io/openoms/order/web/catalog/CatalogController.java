package io.openoms.order.web.catalog;

import java.net.URI;
import java.util.List;

import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.InvalidOrderException.Violation;
import io.openoms.order.application.catalog.ManageProducts;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The operator's catalog: create, update, deactivate, list and read products. */
@RestController
@RequestMapping("/api/catalog/products")
@Tag(name = OpenApiConfiguration.CATALOG)
class CatalogController {

	private final ManageProducts products;

	CatalogController(ManageProducts products) {
		this.products = products;
	}

	@PostMapping
	@Operation(operationId = "createProduct", summary = "Add a product to the catalog")
	@ApiResponse(responseCode = "201", description = "Created; `Location` is the product's URL")
	@ApiResponse(responseCode = "409", description = "The SKU exists already (`product-exists`)")
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
		if (request.sku() == null || request.sku().isBlank()) {
			throw new InvalidOrderException(List.of(new Violation("sku", "must not be blank")));
		}
		ProductResponse created = ProductResponse.of(this.products.create(request.toProduct(request.sku())));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{sku}")
			.buildAndExpand(created.sku())
			.toUri();
		return ResponseEntity.created(location).body(created);
	}

	/** Replaces the product's details; orders placed earlier keep their prices. */
	@PutMapping("/{sku}")
	@Operation(operationId = "updateProduct", summary = "Replace a product's details",
			description = "Orders placed earlier keep the prices they were placed with.")
	@ApiResponse(responseCode = "200", description = "The product as it is now")
	ProductResponse update(@PathVariable String sku, @Valid @RequestBody ProductRequest request) {
		if (request.sku() != null && !request.sku().equals(sku)) {
			throw new InvalidOrderException(List.of(new Violation("sku", "must be omitted or equal the path's SKU")));
		}
		return ProductResponse.of(this.products.update(request.toProduct(sku)));
	}

	@PostMapping("/{sku}/deactivate")
	@Operation(operationId = "deactivateProduct", summary = "Deactivate a product",
			description = "New orders cannot contain it (422); placed orders are unaffected.")
	@ApiResponse(responseCode = "200", description = "The product, inactive")
	ProductResponse deactivate(@PathVariable String sku) {
		return ProductResponse.of(this.products.deactivate(sku));
	}

	@GetMapping("/{sku}")
	@Operation(operationId = "getProduct", summary = "Read a product")
	@ApiResponse(responseCode = "200", description = "The product")
	ProductResponse get(@PathVariable String sku) {
		return ProductResponse.of(this.products.find(sku));
	}

	/**
	 * Products by SKU; page on with {@code after} = the last SKU of the previous page.
	 */
	@GetMapping
	@Operation(operationId = "listProducts", summary = "List products",
			description = "By SKU; page on with `after` = the last SKU of the previous page.")
	@ApiResponse(responseCode = "200", description = "One page of products")
	List<ProductResponse> list(@RequestParam(required = false) String category,
			@RequestParam(defaultValue = "false") boolean activeOnly, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.products.list(category, activeOnly, after, limit).stream().map(ProductResponse::of).toList();
	}

}
