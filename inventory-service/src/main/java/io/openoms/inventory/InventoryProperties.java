package io.openoms.inventory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of inventory-service.
 *
 * @param lockTimeout how long a change waits for stock or allocation rows that another
 * transaction holds before it fails (the event is then redelivered after a back-off, an
 * operator call gets an error); bounds the damage of a stuck transaction
 * @param backorderTimeout how long a backordered order waits for stock before it is
 * rejected (and so cancelled and refunded)
 * @param backorderSweepInterval how often each instance expires overdue backorders and
 * tries to fill the waiting ones; stock arriving fills them at once, the sweep is the
 * safety net
 * @param backorderBatchSize the most waiting orders one fill looks at
 */
@Validated
@ConfigurationProperties("oms.inventory")
public record InventoryProperties(@DefaultValue("5s") @NotNull Duration lockTimeout,
		@DefaultValue("7d") @NotNull Duration backorderTimeout,
		@DefaultValue("5s") @NotNull Duration backorderSweepInterval,
		@DefaultValue("500") @Min(1) @Max(10_000) int backorderBatchSize) {
}
