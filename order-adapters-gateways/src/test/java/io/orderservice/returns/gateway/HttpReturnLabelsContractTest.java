package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.returns.kit.ReturnLabelsContract;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The HTTP return label adapter passes the label kit, against a local stand-in for the carrier's label API. */
class HttpReturnLabelsContractTest extends ReturnLabelsContract {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    static final Address RETURNS = new Address("Returns, Order Service", "1 Dock Road", "Unit 4", "Leeds", null, "LS1 1AA", "GB");

    final LabelApiStandIn carrier = new LabelApiStandIn();

    @AfterEach
    void stopCarrier() {
        carrier.close();
    }

    @Override
    protected ReturnLabels labels() {
        return adapter(carrier.server.baseUrl());
    }

    @Override
    protected Address customerAddress() {
        return new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");
    }

    @Override
    protected Optional<ReturnLabels> misbehaving(ProviderMisbehaviour misbehaviour) {
        if (misbehaviour == ProviderMisbehaviour.UNREACHABLE) {
            return Optional.of(adapter(ProviderStandIn.UNREACHABLE));
        }
        // Its answers have no status, so there is no status newer than the adapter to enact.
        return carrier.server.enact(misbehaviour, READ_TIMEOUT.multipliedBy(3)) ? Optional.of(labels()) : Optional.empty();
    }

    @Override
    protected void behaveAgain() {
        carrier.server.behave();
    }

    private static HttpReturnLabels adapter(URI baseUrl) {
        return new HttpReturnLabels(new ReturnLabelProperties("dhl", baseUrl, LabelApiStandIn.API_KEY, Duration.ofMillis(200),
                READ_TIMEOUT, RETURNS));
    }
}
