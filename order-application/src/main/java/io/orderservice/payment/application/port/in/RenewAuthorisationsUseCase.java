package io.orderservice.payment.application.port.in;

/**
 * Renews, on every instance at a fixed rate, the uncaptured authorisations that lapse within the configured margin
 * (an order waiting for stock outlives a card's seven-day authorisation), so that the money is still held when the
 * goods leave.
 */
public interface RenewAuthorisationsUseCase {

    /** @return how many authorisations were renewed */
    int renewLapsingAuthorisations();
}
