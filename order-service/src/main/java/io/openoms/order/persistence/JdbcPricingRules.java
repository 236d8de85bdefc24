package io.openoms.order.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.order.application.pricing.PricingRules;
import io.openoms.order.domain.pricing.PricingRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pricing_rule table. */
@Repository
class JdbcPricingRules implements PricingRules {

	private static final String SELECT = "select * from pricing_rule";

	private final JdbcClient jdbc;

	JdbcPricingRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(PricingRule r) {
		String currency = (r.amount() != null) ? r.amount().currency()
				: (r.minOrderValue() != null) ? r.minOrderValue().currency() : null;
		this.jdbc.sql("""
				insert into pricing_rule (id, name, kind, percent_basis_points, amount_minor, currency, scope, target,
				    valid_from, valid_until, min_quantity, min_order_minor, coupon_code, stackable, active, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
				""")
			.params(r.id(), r.name(), r.kind().name(), r.percentBasisPoints(),
					(r.amount() != null) ? r.amount().amountMinor() : null, currency, r.scope().name(), r.target(),
					timestamp(r.validFrom()), timestamp(r.validUntil()), r.minQuantity(),
					(r.minOrderValue() != null) ? r.minOrderValue().amountMinor() : null, r.couponCode(), r.stackable(),
					r.active())
			.update();
	}

	@Override
	public void update(PricingRule rule) {
		this.jdbc.sql("update pricing_rule set active = ? where id = ?").params(rule.active(), rule.id()).update();
	}

	@Override
	public Optional<PricingRule> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(JdbcPricingRules::rule).optional();
	}

	@Override
	public List<PricingRule> list(boolean activeOnly, int limit) {
		return this.jdbc.sql(SELECT + " where active or not ? order by created_at desc, id limit ?")
			.params(activeOnly, limit)
			.query(JdbcPricingRules::rule)
			.list();
	}

	@Override
	public List<PricingRule> candidates(List<String> skus, List<String> categories, String couponCode) {
		String coupon = (couponCode != null) ? couponCode.strip().toUpperCase(Locale.ROOT) : null;
		return this.jdbc
			.sql(SELECT
					+ """
							 where active
							  and (coupon_code is null or coupon_code = ?)
							  and (scope = 'ORDER' or (scope = 'SKU' and target = any(?)) or (scope = 'CATEGORY' and target = any(?)))
							""")
			.params(coupon, skus.toArray(String[]::new), categories.toArray(String[]::new))
			.query(JdbcPricingRules::rule)
			.list();
	}

	private static PricingRule rule(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		Long amount = rs.getObject("amount_minor", Long.class);
		Long minOrder = rs.getObject("min_order_minor", Long.class);
		return new PricingRule(rs.getObject("id", UUID.class), rs.getString("name"),
				PricingRule.Kind.valueOf(rs.getString("kind")), rs.getInt("percent_basis_points"),
				(amount != null) ? new Money(amount, currency) : null, PricingRule.Scope.valueOf(rs.getString("scope")),
				rs.getString("target"), instant(rs.getTimestamp("valid_from")), instant(rs.getTimestamp("valid_until")),
				rs.getObject("min_quantity", Integer.class), (minOrder != null) ? new Money(minOrder, currency) : null,
				rs.getString("coupon_code"), rs.getBoolean("stackable"), rs.getBoolean("active"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
