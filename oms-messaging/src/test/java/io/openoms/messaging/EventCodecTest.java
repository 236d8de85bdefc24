package io.openoms.messaging;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.EventCatalog;
import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.EventPayload;
import io.openoms.contracts.EventType;
import io.openoms.contracts.Money;
import io.openoms.contracts.payment.PaymentFailed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire format of every event in the catalog: what a producer writes, a consumer reads
 * back.
 */
class EventCodecTest {

	private static final UUID ORDER = UUID.fromString("6d1f6a53-3c1e-4b4e-9a43-0f3a4e1d2c11");

	private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

	@Test
	void everyEventInTheCatalogSurvivesTheRoundTrip() {
		for (EventType<?> type : EventCatalog.all()) {
			EventPayload payload = (EventPayload) sample(type.payloadType());
			// A stock alert's key is derived from its SKU, not an order.
			EventEnvelope<?> envelope = new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(),
					payload.orderId(), Instant.parse("2026-11-24T10:00:00Z"), UUID.randomUUID(), UUID.randomUUID(),
					"test", payload);

			EventEnvelope<?> decoded = this.codec.decode(this.codec.encode(envelope));

			assertThat(decoded).as(type.name()).isEqualTo(envelope);
		}
	}

	@Test
	void envelopeCarriesItsMetadataAsTopLevelFields() {
		String json = new String(this.codec.encode(envelope("PaymentFailed", 1, failed())), StandardCharsets.UTF_8);

		assertThat(json).contains("\"type\":\"PaymentFailed\"", "\"schemaVersion\":1", "\"orderId\":\"" + ORDER + "\"",
				"\"amountMinor\":1999", "\"occurredAt\":\"2026-11-24T10:00:00Z\"");
	}

	@Test
	void fieldsAddedByANewerProducerAreIgnored() {
		String json = new String(this.codec.encode(envelope("PaymentFailed", 1, failed())), StandardCharsets.UTF_8)
			.replace("\"reasonCode\"", "\"retryable\":false,\"reasonCode\"");

		assertThat(this.codec.decode(json.getBytes(StandardCharsets.UTF_8)).payload()).isEqualTo(failed());
	}

	@Test
	void newerSchemaVersionIsRejectedWithTheReason() {
		assertThatThrownBy(() -> this.codec.decode(this.codec.encode(envelope("PaymentFailed", 2, failed()))))
			.isInstanceOf(RejectedEventException.class)
			.hasMessageContaining("unsupported schemaVersion 2");
	}

	@Test
	void payloadForAnotherOrderIsRejected() {
		PaymentFailed other = new PaymentFailed(UUID.randomUUID(), UUID.randomUUID(), new Money(1, "EUR"), "x", "y");

		assertThatThrownBy(() -> this.codec.decode(this.codec.encode(envelope("PaymentFailed", 1, other))))
			.isInstanceOf(RejectedEventException.class)
			.hasMessageContaining("does not match");
	}

	@Test
	void malformedInputIsRejectedNotCrashed() {
		assertThatThrownBy(() -> this.codec.decode("[]".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RejectedEventException.class);
		assertThatThrownBy(() -> this.codec.decode(new byte[0])).isInstanceOf(RejectedEventException.class);
		assertThatThrownBy(() -> this.codec
			.decode("{\"type\":\"PaymentFailed\",\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RejectedEventException.class)
			.hasMessageContaining("payload");
		assertThatThrownBy(() -> this.codec
			.decode(new String(this.codec.encode(envelope("PaymentFailed", 1, failed())), StandardCharsets.UTF_8)
				.replace("\"amountMinor\":1999", "\"amountMinor\":-5")
				.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RejectedEventException.class)
			.hasMessageContaining("invalid PaymentFailed payload");
	}

	private static PaymentFailed failed() {
		return new PaymentFailed(ORDER, ORDER, new Money(1999, "EUR"), "card_declined", "declined");
	}

	private static <P extends EventPayload> EventEnvelope<P> envelope(String type, int version, P payload) {
		return new EventEnvelope<>(UUID.randomUUID(), type, version, ORDER, Instant.parse("2026-11-24T10:00:00Z"),
				UUID.randomUUID(), UUID.randomUUID(), "test", payload);
	}

	/**
	 * A value for every component of a contract record, so a new event is covered without
	 * writing a test.
	 */
	private static Object sample(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			return List.of(sample(parameterized.getActualTypeArguments()[0]));
		}
		Class<?> raw = (Class<?>) type;
		if (raw == UUID.class) {
			return ORDER;
		}
		if (raw == String.class) {
			return "text";
		}
		if (raw == int.class || raw == Integer.class) {
			return 3;
		}
		if (raw == Boolean.class) {
			return Boolean.TRUE;
		}
		if (raw.isEnum()) {
			Object[] constants = raw.getEnumConstants();
			return constants[constants.length - 1];
		}
		if (raw == long.class) {
			return 42L;
		}
		if (raw == Instant.class) {
			return Instant.parse("2026-11-24T10:00:00Z");
		}
		if (raw == Money.class) {
			return new Money(1999, "EUR");
		}
		if (raw.isRecord()) {
			RecordComponent[] components = raw.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = sample(components[i].getGenericType());
				types[i] = components[i].getType();
			}
			try {
				return raw.getDeclaredConstructor(types).newInstance(values);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalArgumentException("no sample for " + type);
	}

}
