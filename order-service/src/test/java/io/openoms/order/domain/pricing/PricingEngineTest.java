package io.openoms.order.domain.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.openoms.contracts.Money;
import io.openoms.order.domain.pricing.PricingEngine.Item;
import io.openoms.order.domain.pricing.PricingEngine.Quote;
import io.openoms.order.domain.pricing.PricingRule.Kind;
import io.openoms.order.domain.pricing.PricingRule.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PricingEngineTest {

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private static final TaxRates TAX = new TaxRates(Map.of("DE", 1900, "FR", 2000), 0);

	private final PricingEngine engine = new PricingEngine(TAX);

	private static Item mug(int quantity) {
		return new Item("MUG-LOGO", "merchandise", quantity, eur(999));
	}

	private static Item tshirt(int quantity) {
		return new Item("TSHIRT-BLACK-M", "apparel", quantity, eur(1999));
	}

	private static Money eur(long minor) {
		return new Money(minor, "EUR");
	}

	private static PricingRule percent(String id, int basisPoints, Scope scope, String target) {
		return rule(id, Kind.PERCENTAGE, basisPoints, null, scope, target, false, null);
	}

	private static PricingRule fixed(String id, long minor, Scope scope, String target) {
		return rule(id, Kind.FIXED_AMOUNT, 0, eur(minor), scope, target, false, null);
	}

	private static PricingRule rule(String id, Kind kind, int basisPoints, Money amount, Scope scope, String target,
			boolean stackable, String coupon) {
		return new PricingRule(uuid(id), "rule " + id, kind, basisPoints, amount, scope, target, null, null, null, null,
				coupon, stackable, true);
	}

	private static PricingRule stackable(PricingRule r) {
		return new PricingRule(r.id(), r.name(), r.kind(), r.percentBasisPoints(), r.amount(), r.scope(), r.target(),
				r.validFrom(), r.validUntil(), r.minQuantity(), r.minOrderValue(), r.couponCode(), true, r.active());
	}

	private static PricingRule coupon(PricingRule r, String code) {
		return new PricingRule(r.id(), r.name(), r.kind(), r.percentBasisPoints(), r.amount(), r.scope(), r.target(),
				r.validFrom(), r.validUntil(), r.minQuantity(), r.minOrderValue(), code, r.stackable(), r.active());
	}

	private static PricingRule valid(PricingRule r, Instant from, Instant until) {
		return new PricingRule(r.id(), r.name(), r.kind(), r.percentBasisPoints(), r.amount(), r.scope(), r.target(),
				from, until, r.minQuantity(), r.minOrderValue(), r.couponCode(), r.stackable(), r.active());
	}

	private static PricingRule minimums(PricingRule r, Integer minQuantity, Money minOrderValue) {
		return new PricingRule(r.id(), r.name(), r.kind(), r.percentBasisPoints(), r.amount(), r.scope(), r.target(),
				r.validFrom(), r.validUntil(), minQuantity, minOrderValue, r.couponCode(), r.stackable(), r.active());
	}

	private static UUID uuid(String id) {
		return UUID.fromString("00000000-0000-0000-0000-" + "0".repeat(12 - id.length()) + id);
	}

	private PriceBreakdown price(List<Item> items, PricingRule... rules) {
		return price(items, null, rules);
	}

	private PriceBreakdown price(List<Item> items, String coupon, PricingRule... rules) {
		Quote quote = this.engine.price(items, List.of(rules), coupon, "DE", NOW);
		assertThat(quote.couponAccepted()).isTrue();
		return quote.breakdown();
	}

	private static List<Long> lineDiscounts(LinePrice line) {
		return line.discounts().stream().map((d) -> d.amount().amountMinor()).toList();
	}

	@Nested
	class WithoutRules {

		@Test
		void totalIsTheListAmountAndTaxIsExtractedFromItPerLine() {
			PriceBreakdown price = price(List.of(tshirt(2), mug(1)));

			assertThat(price.subtotal()).isEqualTo(eur(4997));
			assertThat(price.discounts()).isEqualTo(eur(0));
			assertThat(price.total()).isEqualTo(eur(4997));
			// 3998 * 19 / 119 = 638.32 -> 638; 999 * 19 / 119 = 159.504 -> 160
			assertThat(price.lines()).extracting((l) -> l.tax().amountMinor()).containsExactly(638L, 160L);
			assertThat(price.tax()).isEqualTo(eur(798));
			assertThat(price.net()).isEqualTo(eur(4199));
			assertThat(price.taxRateBasisPoints()).isEqualTo(1900);
		}

		@Test
		void countriesWithoutARateUseTheDefaultRate() {
			PriceBreakdown price = PricingEngineTest.this.engine.price(List.of(mug(1)), List.of(), null, "US", NOW)
				.breakdown();

			assertThat(price.tax()).isEqualTo(eur(0));
			assertThat(price.net()).isEqualTo(eur(999));
			assertThat(price.taxCountry()).isEqualTo("US");
		}

		@Test
		void eachCountryHasItsOwnRate() {
			PriceBreakdown price = PricingEngineTest.this.engine.price(List.of(tshirt(1)), List.of(), null, "FR", NOW)
				.breakdown();

			// 1999 * 20 / 120 = 333.17
			assertThat(price.tax()).isEqualTo(eur(333));
		}

		@Test
		void linesInDifferentCurrenciesAreRefused() {
			assertThatIllegalArgumentException().isThrownBy(() -> PricingEngineTest.this.engine
				.price(List.of(mug(1), new Item("X", null, 1, new Money(100, "USD"))), List.of(), null, "DE", NOW));
		}

	}

	@Nested
	class LineRules {

		@Test
		void percentageOfASkuIsTakenOffItsLineOnly() {
			PriceBreakdown price = price(List.of(tshirt(2), mug(1)), percent("1", 1000, Scope.SKU, "TSHIRT-BLACK-M"));

			assertThat(lineDiscounts(price.lines().get(0))).containsExactly(400L);
			assertThat(price.lines().get(0).discounts().get(0).ruleId()).isEqualTo(uuid("1"));
			assertThat(price.lines().get(1).discounts()).isEmpty();
			assertThat(price.total()).isEqualTo(eur(3998 - 400 + 999));
		}

		@Test
		void percentagesRoundHalfEven() {
			Item quarter = new Item("A", null, 1, eur(25));
			Item threeAndAHalf = new Item("B", null, 1, eur(35));

			PriceBreakdown price = price(List.of(quarter, threeAndAHalf), percent("1", 1000, Scope.SKU, "A"),
					percent("2", 1000, Scope.SKU, "B"));

			assertThat(lineDiscounts(price.lines().get(0))).as("2.5 rounds to the even 2").containsExactly(2L);
			assertThat(lineDiscounts(price.lines().get(1))).as("3.5 rounds to the even 4").containsExactly(4L);
		}

		@Test
		void aFixedAmountIsTakenOffEachUnit() {
			PriceBreakdown price = price(List.of(mug(3)), fixed("1", 100, Scope.SKU, "MUG-LOGO"));

			assertThat(lineDiscounts(price.lines().get(0))).containsExactly(300L);
		}

		@Test
		void categoryRulesDiscountTheLinesOfTheirCategory() {
			PriceBreakdown price = price(List.of(tshirt(1), mug(1)), percent("1", 5000, Scope.CATEGORY, "merchandise"));

			assertThat(price.lines().get(0).discounts()).isEmpty();
			assertThat(lineDiscounts(price.lines().get(1))).containsExactly(500L);
		}

		@Test
		void onlyTheBestNonStackableRuleApplies() {
			PriceBreakdown price = price(List.of(tshirt(1)), percent("1", 1000, Scope.SKU, "TSHIRT-BLACK-M"),
					fixed("2", 500, Scope.CATEGORY, "apparel"), percent("3", 2000, Scope.CATEGORY, "apparel"));

			assertThat(price.lines().get(0).discounts()).singleElement()
				.satisfies((d) -> assertThat(d.ruleId()).isEqualTo(uuid("2")));
			assertThat(price.total()).isEqualTo(eur(1499));
		}

		@Test
		void onATieTheRuleWithTheSmallerIdWins() {
			PriceBreakdown price = price(List.of(mug(1)), fixed("9", 100, Scope.SKU, "MUG-LOGO"),
					fixed("4", 100, Scope.CATEGORY, "merchandise"));

			assertThat(price.lines().get(0).discounts()).singleElement()
				.satisfies((d) -> assertThat(d.ruleId()).isEqualTo(uuid("4")));
		}

		@Test
		void stackableRulesApplyOnTopOfTheBestOneEachOnTheListAmount() {
			PriceBreakdown price = price(List.of(tshirt(1)), percent("1", 1000, Scope.SKU, "TSHIRT-BLACK-M"),
					stackable(percent("2", 1000, Scope.CATEGORY, "apparel")),
					stackable(fixed("3", 100, Scope.CATEGORY, "apparel")));

			assertThat(lineDiscounts(price.lines().get(0))).containsExactly(200L, 200L, 100L);
			assertThat(price.total()).isEqualTo(eur(1499));
		}

		@Test
		void aMinimumQuantityMustBeReachedByTheLine() {
			PricingRule bulk = minimums(percent("1", 1000, Scope.SKU, "MUG-LOGO"), 3, null);

			assertThat(price(List.of(mug(2)), bulk).discounts()).isEqualTo(eur(0));
			assertThat(price(List.of(mug(3)), bulk).discounts()).isEqualTo(eur(300));
		}

		@Test
		void aLineRulesMinimumOrderValueIsMetByTheOrdersListValue() {
			PricingRule rule = minimums(fixed("1", 100, Scope.SKU, "MUG-LOGO"), null, eur(2999));

			assertThat(price(List.of(mug(1), tshirt(1)), rule).discounts()).isEqualTo(eur(0));
			assertThat(price(List.of(mug(2), tshirt(1)), rule).discounts()).isEqualTo(eur(200));
		}

		@Test
		void aDiscountNeverTakesTheLineBelowZero() {
			PriceBreakdown price = price(List.of(mug(1)), fixed("1", 5000, Scope.SKU, "MUG-LOGO"),
					stackable(fixed("2", 100, Scope.SKU, "MUG-LOGO")));

			assertThat(lineDiscounts(price.lines().get(0))).as("the stackable rule has nothing left to take")
				.containsExactly(999L);
			assertThat(price.total()).isEqualTo(eur(0));
			assertThat(price.tax()).isEqualTo(eur(0));
		}

		@Test
		void fixedAmountsInAnotherCurrencyDoNotApply() {
			PricingRule dollars = rule("1", Kind.FIXED_AMOUNT, 0, new Money(100, "USD"), Scope.SKU, "MUG-LOGO", false,
					null);

			assertThat(price(List.of(mug(1)), dollars).discounts()).isEqualTo(eur(0));
		}

	}

	@Nested
	class Validity {

		private final PricingRule sale = percent("1", 1000, Scope.ORDER, null);

		@Test
		void aRuleAppliesFromItsFirstInstant() {
			assertThat(price(List.of(mug(1)), valid(this.sale, NOW, null)).discounts()).isEqualTo(eur(100));
		}

		@Test
		void aRuleDoesNotApplyBeforeItStarts() {
			assertThat(price(List.of(mug(1)), valid(this.sale, NOW.plusSeconds(1), null)).discounts())
				.isEqualTo(eur(0));
		}

		@Test
		void aRuleNoLongerAppliesFromItsEnd() {
			assertThat(price(List.of(mug(1)), valid(this.sale, null, NOW)).discounts()).isEqualTo(eur(0));
			assertThat(price(List.of(mug(1)), valid(this.sale, null, NOW.plusSeconds(1))).discounts())
				.isEqualTo(eur(100));
		}

		@Test
		void aDeactivatedRuleDoesNotApply() {
			assertThat(price(List.of(mug(1)), this.sale.deactivated()).discounts()).isEqualTo(eur(0));
		}

		@Test
		void aRuleEndsAfterItStarts() {
			assertThatIllegalArgumentException().isThrownBy(() -> valid(this.sale, NOW, NOW));
		}

	}

	@Nested
	class OrderRules {

		@Test
		void anOrderRuleIsComputedOnTheLinesAfterTheirDiscounts() {
			PriceBreakdown price = price(List.of(tshirt(1), mug(1)), fixed("1", 999, Scope.SKU, "MUG-LOGO"),
					percent("2", 1000, Scope.ORDER, null));

			assertThat(price.orderDiscounts()).singleElement()
				.satisfies((d) -> assertThat(d.amount()).isEqualTo(eur(200)));
			assertThat(price.total()).isEqualTo(eur(1999 - 200));
		}

		@Test
		void aMinimumOrderValueIsMetAfterLineDiscounts() {
			PricingRule over20 = minimums(fixed("2", 500, Scope.ORDER, null), null, eur(2000));

			assertThat(price(List.of(tshirt(1), mug(1)), over20).orderDiscounts()).hasSize(1);
			assertThat(
					price(List.of(tshirt(1), mug(1)), fixed("1", 999, Scope.SKU, "MUG-LOGO"), over20).orderDiscounts())
				.isEmpty();
		}

		@Test
		void onlyTheBestNonStackableOrderRuleAppliesPlusTheStackableOnes() {
			PriceBreakdown price = price(List.of(tshirt(5)), percent("1", 1000, Scope.ORDER, null),
					fixed("2", 500, Scope.ORDER, null), stackable(fixed("3", 100, Scope.ORDER, null)));

			assertThat(price.orderDiscounts()).extracting(AppliedDiscount::ruleId)
				.containsExactly(uuid("1"), uuid("3"));
			assertThat(price.discounts()).isEqualTo(eur(1000 + 100));
		}

		@Test
		void anOrderDiscountIsSpreadOverTheLinesInProportion() {
			PriceBreakdown price = price(List.of(tshirt(1), mug(1), mug(1)), fixed("1", 1000, Scope.ORDER, null));

			// 1000 over 1999 : 999 : 999 -> 500.125, 249.94, 249.94 -> 500, 250, 250
			assertThat(price.lines()).extracting((l) -> l.orderDiscountShare().amountMinor())
				.containsExactly(500L, 250L, 250L);
			assertThat(price.lines()).extracting((l) -> l.total().amountMinor()).containsExactly(1499L, 749L, 749L);
		}

		@Test
		void anOrderDiscountNeverTakesTheOrderBelowZero() {
			PriceBreakdown price = price(List.of(mug(1)), fixed("1", 100_000, Scope.ORDER, null));

			assertThat(price.total()).isEqualTo(eur(0));
			assertThat(price.discounts()).isEqualTo(eur(999));
		}

	}

	@Nested
	class Coupons {

		private final PricingRule tenPercent = coupon(percent("7", 1000, Scope.ORDER, null), "SAVE10");

		@Test
		void aCouponRuleDoesNotApplyWithoutItsCode() {
			assertThat(price(List.of(mug(1)), this.tenPercent).discounts()).isEqualTo(eur(0));
		}

		@Test
		void aCouponAppliesWithItsCodeInAnyCase() {
			PriceBreakdown price = price(List.of(mug(1)), " save10 ", this.tenPercent);

			assertThat(price.orderDiscounts()).singleElement().satisfies((d) -> {
				assertThat(d.amount()).isEqualTo(eur(100));
				assertThat(d.couponCode()).isEqualTo("SAVE10");
			});
			assertThat(price.couponCode()).isEqualTo("SAVE10");
		}

		@Test
		void anOrderCouponComesAfterTheAutomaticOrderRulesOnWhatIsLeft() {
			PriceBreakdown price = price(List.of(tshirt(1)), "SAVE10", fixed("1", 999, Scope.ORDER, null),
					this.tenPercent);

			assertThat(price.orderDiscounts()).extracting((d) -> d.amount().amountMinor()).containsExactly(999L, 100L);
			assertThat(price.total()).isEqualTo(eur(900));
		}

		@Test
		void aLineCouponComesAfterTheLinesAutomaticRulesAndBeforeOrderRules() {
			PricingRule lineCoupon = coupon(percent("8", 5000, Scope.SKU, "TSHIRT-BLACK-M"), "HALF");
			PriceBreakdown price = price(List.of(tshirt(1)), "HALF", fixed("1", 999, Scope.SKU, "TSHIRT-BLACK-M"),
					lineCoupon, fixed("2", 100, Scope.ORDER, null));

			assertThat(lineDiscounts(price.lines().get(0))).containsExactly(999L, 500L);
			assertThat(price.orderDiscounts()).extracting((d) -> d.amount().amountMinor()).containsExactly(100L);
			assertThat(price.total()).isEqualTo(eur(400));
		}

		@Test
		void anUnknownCouponIsNotAccepted() {
			Quote quote = PricingEngineTest.this.engine.price(List.of(mug(1)), List.of(this.tenPercent), "NOPE", "DE",
					NOW);

			assertThat(quote.couponAccepted()).isFalse();
			assertThat(quote.breakdown().couponCode()).isNull();
			assertThat(quote.breakdown().discounts()).isEqualTo(eur(0));
		}

		@Test
		void aCouponWhoseConditionsAreNotMetIsNotAccepted() {
			PricingRule over50 = minimums(this.tenPercent, null, eur(5000));

			assertThat(PricingEngineTest.this.engine.price(List.of(mug(1)), List.of(over50), "SAVE10", "DE", NOW)
				.couponAccepted()).isFalse();
		}

		@Test
		void anExpiredCouponIsNotAccepted() {
			PricingRule expired = valid(this.tenPercent, null, NOW.minusSeconds(1));

			assertThat(PricingEngineTest.this.engine.price(List.of(mug(1)), List.of(expired), "SAVE10", "DE", NOW)
				.couponAccepted()).isFalse();
		}

	}

	@Nested
	class Breakdown {

		@Test
		void totalIsSubtotalLessDiscountsAndNetPlusTax() {
			PriceBreakdown price = price(List.of(tshirt(3), mug(7), new Item("C", "x", 1, eur(1))), "SAVE",
					percent("1", 1234, Scope.CATEGORY, "apparel"), stackable(fixed("2", 33, Scope.SKU, "MUG-LOGO")),
					percent("3", 777, Scope.ORDER, null), coupon(fixed("4", 321, Scope.ORDER, null), "SAVE"));

			assertThat(price.subtotal().minus(price.discounts())).isEqualTo(price.total());
			assertThat(price.net().plus(price.tax())).isEqualTo(price.total());
			assertThat(price.lines().stream().mapToLong((l) -> l.total().amountMinor()).sum())
				.isEqualTo(price.total().amountMinor());
			assertThat(price.lines().stream().mapToLong((l) -> l.tax().amountMinor()).sum())
				.isEqualTo(price.tax().amountMinor());
			long discounts = price.lines()
				.stream()
				.mapToLong((l) -> l.listAmount().amountMinor() - l.total().amountMinor())
				.sum();
			assertThat(discounts).isEqualTo(price.discounts().amountMinor());
		}

		@Test
		void spreadingGivesTheLeftoverUnitsToTheLargestRemaindersThenTheEarlierLine() {
			assertThat(PricingEngine.spread(10, new long[] { 1, 1, 1 })).containsExactly(4, 3, 3);
			// 2 over 1 : 2 : 1 -> 0.5, 1, 0.5: the leftover unit goes to the earlier tie
			assertThat(PricingEngine.spread(2, new long[] { 1, 2, 1 })).containsExactly(1, 1, 0);
			assertThat(PricingEngine.spread(7, new long[] { 0, 7 })).containsExactly(0, 7);
			assertThat(PricingEngine.spread(0, new long[] { 5, 5 })).containsExactly(0, 0);
		}

		@Test
		void roundingIsHalfEven() {
			assertThat(PricingEngine.halfEven(5, 2)).isEqualTo(2);
			assertThat(PricingEngine.halfEven(7, 2)).isEqualTo(4);
			assertThat(PricingEngine.halfEven(6, 4)).isEqualTo(2);
		}

	}

}
