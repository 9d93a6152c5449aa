package io.orderservice.shipping.application.port.out;

import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import java.util.List;

/**
 * Where carriers' rates come from: the rate tables kept in PostgreSQL, and carriers' own rate APIs over HTTP. Every
 * source is asked; a source that cannot answer now gives nothing (the others still may).
 */
public interface CarrierRateSource {

    List<CarrierRate> ratesFor(Parcel parcel);
}
