package org.formcoach.capture;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the bytes of an encoded image say before it is decoded: the format, the size in pixels (0
 * when the header does not say), and for PNG and JPEG whether the data runs to the format's end
 * marker. Both matter before decoding: a small file can announce a 40000 × 40000 picture that takes
 * gigabytes to decode, and OpenCV decodes a JPEG that was cut short without a word, greying out
 * what is missing. BMP, TIFF and WebP are only measured; their decoders notice missing data.
 *
 * @param complete whether the data reaches the end marker (always true for the formats not checked)
 */
record ImageHeader(String format, int width, int height, boolean complete) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    long pixels() {
        return (long) width * height;
    }

    /** The header of {@code data}, or empty for a format not recognised here (OpenCV may still know it). */
    static Optional<ImageHeader> read(byte[] data) {
        if (startsWith(data, PNG)) {
            return Optional.of(png(data));
        }
        if (data.length >= 3 && u8(data, 0) == 0xFF && u8(data, 1) == 0xD8 && u8(data, 2) == 0xFF) {
            return Optional.of(jpeg(data));
        }
        if (startsWith(data, "BM".getBytes(StandardCharsets.US_ASCII)) && data.length >= 26) {
            // a negative height means the rows are stored top-down
            return Optional.of(new ImageHeader("BMP", clamp(Math.abs((long) le32(data, 18))),
                    clamp(Math.abs((long) le32(data, 22))), true));
        }
        if (startsWith(data, "RIFF".getBytes(StandardCharsets.US_ASCII)) && data.length >= 30
                && ascii(data, 8, 4).equals("WEBP")) {
            return Optional.of(webp(data));
        }
        if (startsWith(data, new byte[] {'I', 'I', 42, 0}) || startsWith(data, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of(tiff(data, data[0] == 'I'));
        }
        return Optional.empty();
    }

    /** Chunks from the signature to IEND; the size is in IHDR, the first chunk. */
    private static ImageHeader png(byte[] data) {
        int width = 0;
        int height = 0;
        long pos = PNG.length;
        while (pos + 8 <= data.length) {
            long length = be32(data, (int) pos) & 0xFFFFFFFFL;
            String type = ascii(data, (int) pos + 4, 4);
            if (type.equals("IHDR") && pos + 16 <= data.length) {
                width = clamp(be32(data, (int) pos + 8) & 0xFFFFFFFFL);
                height = clamp(be32(data, (int) pos + 12) & 0xFFFFFFFFL);
            }
            long next = pos + 12 + length;  // length, type, data, CRC
            if (type.equals("IEND")) {
                return new ImageHeader("PNG", width, height, next <= data.length);
            }
            pos = next;
        }
        return new ImageHeader("PNG", width, height, false);
    }

    /**
     * Segments from SOI to EOI, skipping the entropy-coded data after each start of scan (where 0xFF
     * is followed by 0x00 or a restart marker); the size is in the start-of-frame segment.
     */
    private static ImageHeader jpeg(byte[] data) {
        int width = 0;
        int height = 0;
        int n = data.length;
        int pos = 2;
        while (true) {
            while (pos < n && u8(data, pos) != 0xFF) {
                pos++;  // stray bytes between segments: decoders skip them too
            }
            while (pos < n && u8(data, pos) == 0xFF) {
                pos++;  // fill bytes
            }
            if (pos >= n) {
                return new ImageHeader("JPEG", width, height, false);
            }
            int marker = u8(data, pos++);
            if (marker == 0xD9) {
                return new ImageHeader("JPEG", width, height, true);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;  // markers without a length
            }
            if (pos + 2 > n) {
                return new ImageHeader("JPEG", width, height, false);
            }
            int length = be16(data, pos);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame && pos + 7 <= n) {
                height = be16(data, pos + 3);
                width = be16(data, pos + 5);
            }
            pos += length;
            if (marker == 0xDA) {
                while (pos + 1 < n && !(u8(data, pos) == 0xFF && u8(data, pos + 1) != 0x00
                        && (u8(data, pos + 1) < 0xD0 || u8(data, pos + 1) > 0xD7))) {
                    pos++;
                }
                if (pos + 1 >= n) {
                    return new ImageHeader("JPEG", width, height, false);
                }
            }
        }
    }

    private static ImageHeader webp(byte[] data) {
        String chunk = ascii(data, 12, 4);
        switch (chunk) {
            case "VP8X":
                return new ImageHeader("WebP", 1 + le24(data, 24), 1 + le24(data, 27), true);
            case "VP8L": {
                int b0 = u8(data, 21);
                int b1 = u8(data, 22);
                int b2 = u8(data, 23);
                int b3 = u8(data, 24);
                int width = 1 + (((b1 & 0x3F) << 8) | b0);
                int height = 1 + (((b3 & 0x0F) << 10) | (b2 << 2) | ((b1 & 0xC0) >> 6));
                return new ImageHeader("WebP", width, height, true);
            }
            case "VP8 ":
                return new ImageHeader("WebP", le16(data, 26) & 0x3FFF, le16(data, 28) & 0x3FFF, true);
            default:
                return new ImageHeader("WebP", 0, 0, true);
        }
    }

    /** ImageWidth (256) and ImageLength (257) from the first image file directory. */
    private static ImageHeader tiff(byte[] data, boolean littleEndian) {
        int width = 0;
        int height = 0;
        long ifd = u32(data, 4, littleEndian);
        if (ifd + 2 <= data.length) {
            int entries = u16(data, (int) ifd, littleEndian);
            for (int i = 0; i < entries; i++) {
                int entry = (int) ifd + 2 + 12 * i;
                if (entry + 12 > data.length) {
                    break;
                }
                int tag = u16(data, entry, littleEndian);
                int type = u16(data, entry + 2, littleEndian);
                long value = type == 3 ? u16(data, entry + 8, littleEndian) : u32(data, entry + 8, littleEndian);
                if (tag == 256) {
                    width = clamp(value);
                } else if (tag == 257) {
                    height = clamp(value);
                }
            }
        }
        return new ImageHeader("TIFF", width, height, true);
    }

    // ---- bytes --------------------------------------------------------------------------------

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] data, int at, int length) {
        return at + length <= data.length ? new String(data, at, length, StandardCharsets.ISO_8859_1) : "";
    }

    private static int u8(byte[] data, int at) {
        return at < data.length ? data[at] & 0xFF : 0;
    }

    private static int be16(byte[] data, int at) {
        return (u8(data, at) << 8) | u8(data, at + 1);
    }

    private static int be32(byte[] data, int at) {
        return (be16(data, at) << 16) | be16(data, at + 2);
    }

    private static int le16(byte[] data, int at) {
        return u8(data, at) | (u8(data, at + 1) << 8);
    }

    private static int le24(byte[] data, int at) {
        return le16(data, at) | (u8(data, at + 2) << 16);
    }

    private static int le32(byte[] data, int at) {
        return le16(data, at) | (le16(data, at + 2) << 16);
    }

    private static int u16(byte[] data, int at, boolean littleEndian) {
        return littleEndian ? le16(data, at) : be16(data, at);
    }

    private static long u32(byte[] data, int at, boolean littleEndian) {
        return (littleEndian ? le32(data, at) : be32(data, at)) & 0xFFFFFFFFL;
    }
}
