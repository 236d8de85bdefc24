package io.openoms.inventory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of inventory-service.
 *
 * @param lockTimeout how long a change waits for stock or allocation rows that another
 * transaction holds before it fails (the event is then redelivered after a back-off, an
 * operator call gets an error); bounds the damage of a stuck transaction
 */
@Validated
@ConfigurationProperties("oms.inventory")
public record InventoryProperties(@DefaultValue("5s") @NotNull Duration lockTimeout) {
}
