package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueObjectTest {

    @Test
    void addressNormalisesAndChecksTheCountry() {
        var address = new Address(" Ada ", "1 Way", "  ", "London", null, "N1", "gb");
        assertThat(address.recipient()).isEqualTo("Ada");
        assertThat(address.line2()).isNull();
        assertThat(address.countryCode()).isEqualTo("GB");
        assertThatThrownBy(() -> new Address("Ada", "1 Way", null, "London", null, "N1", "XY"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> new Address("Ada", " ", null, "London", null, "N1", "GB"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("line1");
    }

    @Test
    void quantityIsPositiveAndBounded() {
        assertThat(Quantity.of(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> Quantity.of(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantity.of(Quantity.MAX + 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void skuHasAFormat() {
        assertThat(new Sku("TSHIRT-BLK-M").value()).isEqualTo("TSHIRT-BLK-M");
        assertThatThrownBy(() -> new Sku("has space")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Sku("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void paymentTokenRefusesCardNumbersAndHidesItself() {
        assertThatThrownBy(() -> new PaymentToken("4111111111111111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> new PaymentToken("tok_4111111111111111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        var token = new PaymentToken("tok_approve");
        assertThat(token.toString()).doesNotContain("approve");
    }

    @Test
    void orderIdParsesUuidsOnly() {
        assertThat(OrderId.of("2f5c0dba-5209-4fff-947e-641907d8afe0").toString())
                .isEqualTo("2f5c0dba-5209-4fff-947e-641907d8afe0");
        assertThatThrownBy(() -> OrderId.of("42")).isInstanceOf(InvalidValueException.class);
    }
}
