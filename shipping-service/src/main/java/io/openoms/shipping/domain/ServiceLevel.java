package io.openoms.shipping.domain;

/**
 * How fast a carrier carries a parcel. An EXPRESS order is shipped EXPRESS wherever an
 * express service reaches; everything else goes STANDARD.
 */
public enum ServiceLevel {

	STANDARD, EXPRESS

}
