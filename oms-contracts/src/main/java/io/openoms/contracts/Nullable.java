package io.openoms.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a contract record that may be {@code null} or absent on the wire.
 * Every component without it is required and never {@code null}: the JSON Schemas under
 * {@code docs/schemas/} are generated with this rule (ADR 0015). A component added to a
 * published record is always {@code @Nullable}, because events written before it lack it
 * (ADR 0005).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Nullable {

}
