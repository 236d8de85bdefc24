package io.openoms.order.web.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.openoms.order.application.reporting.OrderReports;
import io.openoms.order.application.reporting.Reports;
import io.openoms.order.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over the orders placed from {@code from} (a UTC day, inclusive) to {@code to}
 * (a UTC day, exclusive), at most 366 days; by default the last 30 days up to and
 * including today.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = OpenApiConfiguration.REPORTS)
class ReportController {

	private final OrderReports reports;

	ReportController(OrderReports reports) {
		this.reports = reports;
	}

	/** Orders and revenue (totals of the orders not cancelled) by UTC day and channel. */
	@GetMapping("/sales")
	@Operation(operationId = "salesReport", summary = "Orders and revenue by day and channel")
	@ApiResponse(responseCode = "200", description = "The report")
	Report<Reports.SalesDay> sales(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = period(from, to);
		return new Report<>(period, this.reports.sales(period.start(), period.end()));
	}

	/** The products most units were ordered of, in orders not cancelled. */
	@GetMapping("/top-products")
	@Operation(operationId = "topProductsReport", summary = "Top products by units ordered")
	@ApiResponse(responseCode = "200", description = "The report")
	Report<Reports.TopProduct> topProducts(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		Period period = period(from, to);
		return new Report<>(period, this.reports.topProducts(period.start(), period.end(), limit));
	}

	/** For each status: the orders in it now, and those that ever reached it. */
	@GetMapping("/status-funnel")
	@Operation(operationId = "statusFunnelReport", summary = "Status funnel: orders in and through each status")
	@ApiResponse(responseCode = "200", description = "The report")
	Report<Reports.FunnelStage> statusFunnel(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = period(from, to);
		return new Report<>(period, this.reports.statusFunnel(period.start(), period.end()));
	}

	/** Average and 95th percentile of the time from placement to each status. */
	@GetMapping("/stage-times")
	@Operation(operationId = "stageTimesReport", summary = "Average and p95 time from placement to each status")
	@ApiResponse(responseCode = "200", description = "The report")
	Report<Reports.StageTime> stageTimes(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = period(from, to);
		return new Report<>(period, this.reports.timeToStage(period.start(), period.end()));
	}

	/** Cancellations that happened in the period, by reason, most frequent first. */
	@GetMapping("/cancellation-reasons")
	@Operation(operationId = "cancellationReasonsReport", summary = "Cancellations by reason")
	@ApiResponse(responseCode = "200", description = "The report")
	Report<Reports.CancellationReason> cancellationReasons(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		Period period = period(from, to);
		return new Report<>(period, this.reports.cancellationReasons(period.start(), period.end(), limit));
	}

	/**
	 * {@code to} defaults to tomorrow (UTC), {@code from} to 30 days before {@code to}.
	 */
	private static Period period(LocalDate from, LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
		LocalDate start = (from != null) ? from : end.minusDays(30);
		return new Period(start, end);
	}

	record Period(LocalDate from, LocalDate to) {

		Instant start() {
			return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		Instant end() {
			return this.to.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

	}

	/** A report: the period it covers ({@code to} exclusive) and its rows. */
	record Report<T>(Period period, List<T> rows) {
	}

}
