/**
 * Events exchanged with upstream systems (web shops, marketplace connectors) that hand
 * orders to the OMS: {@link io.openoms.contracts.upstream.OrderPlaced} on
 * {@link io.openoms.contracts.Topics#UPSTREAM_ORDERS}, answered with
 * {@link io.openoms.contracts.upstream.OrderAccepted} or
 * {@link io.openoms.contracts.upstream.OrderRejected} on
 * {@link io.openoms.contracts.Topics#UPSTREAM_ORDER_RESULTS}. Every envelope is keyed by
 * {@link io.openoms.contracts.upstream.UpstreamOrder#orderIdOf(String, String)} (ADR
 * 0013).
 */
package io.openoms.contracts.upstream;
