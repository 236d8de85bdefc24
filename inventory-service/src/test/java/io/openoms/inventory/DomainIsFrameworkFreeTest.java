package io.openoms.inventory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.openoms.testsupport.ArchitectureRules;

/**
 * The stock model is plain Java: the allocation rules must be readable and testable
 * without Spring or Kafka.
 */
@AnalyzeClasses(packages = DomainIsFrameworkFreeTest.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

	static final String SERVICE = "io.openoms.inventory";

	@ArchTest
	static final ArchRule domainDependsOnNoFramework = ArchitectureRules.domainIsFrameworkFree(SERVICE);

	@ArchTest
	static final ArchRule domainDoesNotReachIntoTheApplicationOrAdapters = ArchitectureRules
		.domainDoesNotReachIntoAdapters(SERVICE);

	@ArchTest
	static final ArchRule applicationDoesNotReachIntoAdapters = ArchitectureRules
		.applicationDoesNotReachIntoAdapters(SERVICE);

}
