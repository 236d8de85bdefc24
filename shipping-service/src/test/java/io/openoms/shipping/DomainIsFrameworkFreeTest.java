package io.openoms.shipping;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.openoms.testsupport.ArchitectureRules;

/**
 * The shipment's model is plain Java: its state machine must be readable and testable
 * without Spring or Kafka.
 */
@AnalyzeClasses(packages = DomainIsFrameworkFreeTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

	static final String SERVICE = "io.openoms.shipping";

	@ArchTest
	static final ArchRule domainDependsOnNoFramework = ArchitectureRules.domainIsFrameworkFree(SERVICE);

	@ArchTest
	static final ArchRule domainDoesNotReachIntoTheApplicationOrAdapters = ArchitectureRules
		.domainDoesNotReachIntoAdapters(SERVICE);

	@ArchTest
	static final ArchRule applicationDoesNotReachIntoAdapters = ArchitectureRules
		.applicationDoesNotReachIntoAdapters(SERVICE);

}
