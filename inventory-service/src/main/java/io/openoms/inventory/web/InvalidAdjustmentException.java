package io.openoms.inventory.web;

/** An adjustment of zero units. */
class InvalidAdjustmentException extends RuntimeException {

	InvalidAdjustmentException() {
		super("must not be 0: add (positive) or take away (negative) units");
	}

}
