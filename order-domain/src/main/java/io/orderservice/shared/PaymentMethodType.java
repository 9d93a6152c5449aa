package io.orderservice.shared;

/**
 * The kind of payment method a {@link PaymentToken} stands for. In the shared kernel with the token:
 * the customer chooses it at checkout (ordering), and payment routes by it.
 */
public enum PaymentMethodType {
    CARD, WALLET, BANK_TRANSFER
}
