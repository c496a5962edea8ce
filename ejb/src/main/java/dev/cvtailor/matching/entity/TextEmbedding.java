package dev.cvtailor.matching.entity;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A text's embedding: the model that made it and its vector, stored as little-endian float32 bytes. */
public record TextEmbedding(String model, float[] vector) {

    public byte[] toBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    public static float[] vectorOf(byte[] stored) {
        float[] vector = new float[stored.length / Float.BYTES];
        ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    public int dimensions() {
        return vector.length;
    }
}
