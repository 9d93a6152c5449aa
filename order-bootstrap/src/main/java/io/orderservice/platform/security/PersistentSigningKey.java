package io.orderservice.platform.security;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded authorization server's RSA key, kept in PostgreSQL so that a token issued before a restart still
 * verifies after it. The first instance to start creates it; every instance, and every later start, reads the same
 * row (a concurrent first start loses the insert and reads the winner's key).
 */
final class PersistentSigningKey {

    private static final String KEY_ID = "local";

    private PersistentSigningKey() {
    }

    static RSAKey loadOrCreate(JdbcClient jdbc) {
        jdbc.sql("""
                        INSERT INTO auth_signing_key (key_id, private_key, public_key) VALUES (:id, :privateKey, :publicKey)
                        ON CONFLICT (key_id) DO NOTHING""")
                .paramSource(newKey())
                .update();
        return jdbc.sql("SELECT private_key, public_key, created_at FROM auth_signing_key WHERE key_id = :id")
                .param("id", KEY_ID)
                .query((row, n) -> rsaKey(row.getString("private_key"), row.getString("public_key"),
                        row.getTimestamp("created_at").toInstant().getEpochSecond()))
                .single();
    }

    private record StoredKey(String id, String privateKey, String publicKey) {
    }

    private static StoredKey newKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var base64 = Base64.getEncoder();
            return new StoredKey(KEY_ID, base64.encodeToString(pair.getPrivate().getEncoded()),
                    base64.encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the local signing key", e);
        }
    }

    private static RSAKey rsaKey(String privateKey, String publicKey, long createdEpochSecond) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            var base64 = Base64.getDecoder();
            var publicPart = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey)));
            var privatePart = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey)));
            // The key id changes with the key, so a verifier caching the JWK set notices a new one.
            var keyId = UUID.nameUUIDFromBytes((publicKey + createdEpochSecond).getBytes(StandardCharsets.UTF_8));
            return new RSAKey.Builder(publicPart).privateKey(privatePart).keyID(keyId.toString()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored local signing key cannot be read", e);
        }
    }
}
