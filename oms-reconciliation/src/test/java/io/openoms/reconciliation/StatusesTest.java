package io.openoms.reconciliation;

import org.junit.jupiter.api.Test;

import io.openoms.reconciliation.Statuses.Allocation;
import io.openoms.reconciliation.Statuses.Movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatusesTest {

	@Test
	void queryNamingOnlyKnownValuesIsReturnedAsItIs() {
		String sql = "select 1 from allocation where status in ('ALLOCATED', 'BACKORDERED')";

		assertThat(Statuses.sql(sql, Allocation.class)).isEqualTo(sql);
	}

	@Test
	void misspeltStatusIsRefusedInsteadOfMatchingNothing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Statuses.sql("select 1 from allocation where status = 'ALOCATED'", Allocation.class))
			.withMessageContaining("'ALOCATED' is none of [Allocation]");
	}

	@Test
	void valueOfAnotherVocabularyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> Statuses.sql("select 1 from stock_movement where movement_type = 'ALLOCATED'", Movement.class));
	}

}
