package io.openoms.order;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of order-service.
 *
 * @param maxRequestBody the largest request body the API reads; a larger one is answered
 * 413 with a {@code request-too-large} problem. An order of 100 lines (the most one may
 * have) is about 10 KB.
 */
@Validated
@ConfigurationProperties("oms.order")
public record OrderProperties(@DefaultValue("64KB") @NotNull DataSize maxRequestBody) {
}
