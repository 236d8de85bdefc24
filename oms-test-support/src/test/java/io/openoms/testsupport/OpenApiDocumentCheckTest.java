package io.openoms.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiDocumentCheckTest {

	@Test
	void differenceShowsOnlyTheChangedLinesWithTheirPosition() {
		String checkedIn = "openapi: 3.1.0\npaths:\n  /a:\n    get: {}\ncomponents: {}\n";
		String served = "openapi: 3.1.0\npaths:\n  /a:\n    post: {}\n  /b: {}\ncomponents: {}\n";

		assertThat(OpenApiDocumentCheck.difference(checkedIn, served)).isEqualTo("""
				--- checked in
				+++ served
				@@ -4,1 +4,2 @@
				-    get: {}
				+    post: {}
				+  /b: {}
				""");
	}

	@Test
	void documentThatDiffersFromTheCheckedInOneFailsNamingTheCommandThatRewritesIt() {
		assertThatThrownBy(() -> OpenApiDocumentCheck.assertUpToDate("no-such-service", OpenApiDocumentCheckTest.class,
				"openapi: 3.1.0\n"))
			.hasMessageContaining("not the checked-in docs/openapi/no-such-service.yaml")
			.hasMessageContaining("-Dit.test=OpenApiDocumentCheckTest")
			.hasMessageContaining("-Doms.openapi.write=true")
			.hasMessageContaining("+openapi: 3.1.0");
	}

}
