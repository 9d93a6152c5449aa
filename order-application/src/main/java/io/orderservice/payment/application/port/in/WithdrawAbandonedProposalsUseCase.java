package io.orderservice.payment.application.port.in;

/**
 * Releases, on every instance at a fixed rate, the re-authorisations proposed for a change of an order's lines that the
 * change never adopted (the service stopped between the gateway's answer and the change's commit): the customer's money
 * is not held for a change that did not happen.
 */
public interface WithdrawAbandonedProposalsUseCase {

    /** @return how many proposals were withdrawn */
    int withdrawAbandonedProposals();
}
