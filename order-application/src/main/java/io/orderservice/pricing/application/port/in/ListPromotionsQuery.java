package io.orderservice.pricing.application.port.in;

import java.util.List;

/** Every promotion, inactive ones included, by id. */
public interface ListPromotionsQuery {

    List<StoredPromotion> list();
}
