package io.openoms.shipping;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shipment's model is plain Java: its state machine must be readable and testable
 * without Spring or Kafka.
 */
class DomainIsFrameworkFreeTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.openoms.shipping");

	@Test
	void domainDependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..",
					"tools.jackson..", "com.fasterxml..", "jakarta..", "io.openoms.messaging..")
			.check(this.classes);
	}

	@Test
	void domainDoesNotReachIntoTheApplicationOrAdapters() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..application..", "..web..", "..persistence..", "..messaging..", "..carrier..")
			.check(this.classes);
	}

}
