/**
 * Risk: fraud screening and address verification. It answers ordering's {@code FraudScreening} and
 * {@code AddressVerification} ports in ordering's vocabulary ({@code ordering :: risk}); its rules are its own domain,
 * the facts they decide from come through its port, its adapters live in the persistence and gateway rings.
 */
@ApplicationModule(displayName = "Risk", allowedDependencies = {"shared", "ordering :: ports", "ordering :: risk"})
package io.orderservice.risk;

import org.springframework.modulith.ApplicationModule;
