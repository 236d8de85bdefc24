package io.openoms.order;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an {@link OrderServiceITSupport} test class varies: the database its application
 * context gets and the topics it records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@interface OrderServiceUnderTest {

	/**
	 * Readable start of the name of the fresh database the test class's context gets; a
	 * prefix of its own gives the class a context of its own.
	 * @return the database prefix
	 */
	String database();

	/**
	 * The topics recorded from before the first test of the class to after its last.
	 * @return the topics
	 */
	String[] recordedTopics();

}
