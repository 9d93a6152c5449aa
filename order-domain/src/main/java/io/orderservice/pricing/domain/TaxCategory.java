package io.orderservice.pricing.domain;

/** How a product is taxed: a rule names the category it applies to. */
public enum TaxCategory {
    /** The jurisdiction's standard rate. */
    STANDARD,
    /** A reduced rate (food, books, ... where the jurisdiction has one). */
    REDUCED,
    /** Taxable at 0 %: it appears on the tax lines with its zero rate. */
    ZERO,
    /** Outside the tax: no tax line at all. */
    EXEMPT
}
