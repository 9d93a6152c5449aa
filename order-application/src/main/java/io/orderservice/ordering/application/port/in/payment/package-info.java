/**
 * What the payment capability may tell ordering: how an order's payment turned out after placement
 * (a customer confirmed a 3-D Secure challenge, a gateway's late answer). The dependency points from
 * payment to ordering, as with ordering's outbound ports.
 */
@NamedInterface("payment-outcomes")
package io.orderservice.ordering.application.port.in.payment;

import org.springframework.modulith.NamedInterface;
