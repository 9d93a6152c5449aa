package io.orderservice.pricing.domain;

/** Whether catalog prices include tax (EU consumer prices) or tax is added on top (US sales tax). */
public enum PriceMode { TAX_EXCLUSIVE, TAX_INCLUSIVE }
