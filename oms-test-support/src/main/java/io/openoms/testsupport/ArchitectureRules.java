package io.openoms.testsupport;

import java.util.stream.Stream;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout every service follows (docs/service-conventions.md), as ArchUnit rules over
 * a service's base package such as {@code io.openoms.order}:
 *
 * <pre class="code">
 * &#64;AnalyzeClasses(packages = "io.openoms.order", importOptions = ImportOption.DoNotIncludeTests.class)
 * class DomainIsFrameworkFreeTest {
 *
 *     &#64;ArchTest
 *     static final ArchRule domainDependsOnNoFramework = ArchitectureRules.domainIsFrameworkFree("io.openoms.order");
 *
 * }
 * </pre>
 */
public final class ArchitectureRules {

	private static final String[] ADAPTERS = { "web", "persistence", "messaging", "gateway", "carrier" };

	private ArchitectureRules() {
	}

	/**
	 * The domain is plain Java: no Spring, Kafka, JDBC, Jackson, Jakarta or messaging
	 * library, so the model is readable and testable on its own.
	 * @param basePackage the service's base package
	 * @return the rule
	 */
	public static ArchRule domainIsFrameworkFree(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + ".domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..",
					"tools.jackson..", "com.fasterxml..", "jakarta..", "io.openoms.messaging..")
			.because("the domain is plain Java (docs/service-conventions.md)");
	}

	/**
	 * The domain knows nothing else of its service: not the application layer, not an
	 * adapter ({@code web}, {@code persistence}, {@code messaging}, a gateway or a
	 * carrier), not the service's configuration.
	 * @param basePackage the service's base package
	 * @return the rule
	 */
	public static ArchRule domainDoesNotReachIntoAdapters(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + ".domain..")
			.should()
			.dependOnClassesThat(
					resideInAPackage(basePackage + "..").and(not(resideInAPackage(basePackage + ".domain..")))
						.as("reside outside " + basePackage + ".domain"))
			.because("the application and the adapters depend on the domain, never the other way round");
	}

	/**
	 * The application layer uses its ports, never the adapters that implement or call
	 * them: {@code web}, {@code persistence}, {@code messaging}, {@code gateway} (the
	 * payment gateway) and {@code carrier}.
	 * @param basePackage the service's base package
	 * @return the rule
	 */
	public static ArchRule applicationDoesNotReachIntoAdapters(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + ".application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					Stream.of(ADAPTERS).map((adapter) -> basePackage + "." + adapter + "..").toArray(String[]::new))
			.because("the application layer talks to adapters through its ports");
	}

}
