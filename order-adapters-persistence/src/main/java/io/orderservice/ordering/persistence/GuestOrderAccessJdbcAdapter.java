package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class GuestOrderAccessJdbcAdapter implements GuestOrderAccess {

    private final JdbcClient jdbc;

    GuestOrderAccessJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void grant(OrderId orderId, byte[] tokenSha256) {
        jdbc.sql("""
                        INSERT INTO order_guest_access (order_id, token_sha256) VALUES (:orderId, :hash)
                        ON CONFLICT (order_id) DO UPDATE SET token_sha256 = EXCLUDED.token_sha256""")
                .param("orderId", orderId.value()).param("hash", tokenSha256).update();
    }

    @Override
    public Optional<byte[]> tokenSha256Of(OrderId orderId) {
        return jdbc.sql("SELECT token_sha256 FROM order_guest_access WHERE order_id = :orderId")
                .param("orderId", orderId.value()).query(byte[].class).optional();
    }
}
