/**
 * jqwik generators for payment data: ISO 8583 messages for any layout, BER-TLV trees and
 * EMV-shaped records, card data (Luhn-valid PANs, PINs, KSNs, track 2, amounts, dates), and
 * malformed inputs tagged with the parse error a correct parser reports.
 *
 * <p>jqwik is an <em>optional</em> dependency of pos-testkit: add {@code net.jqwik:jqwik} to your
 * test classpath (the module reads {@code net.jqwik.api} with {@code requires static}). The rest of
 * pos-testkit works without it. One line of setup per property (the same code runs in
 * pos-testkit's {@code PackageExampleProperties}):
 *
 * <pre>{@code
 * class MyCodecProperties {
 *     @Provide Arbitrary<IsoMessage> isoMessages() { return IsoArbitraries.messages(Dialects.CUP); }
 *
 *     @Property
 *     void packThenUnpack_sameMessage(@ForAll("isoMessages") IsoMessage m) {
 *         IsoCodec codec = IsoCodec.of(Dialects.CUP);
 *         assertEquals(m, codec.unpack(codec.pack(m)));
 *     }
 * }
 * }</pre>
 *
 * <table>
 * <caption>Entry points</caption>
 * <tr><th>class</th><th>generates</th></tr>
 * <tr><td>{@link io.pos4j.testkit.arbitraries.IsoArbitraries}</td><td>{@code messages(spec)},
 * {@code messages(spec, requiredFields...)}, {@code messages()} over all dialects, {@code texts},
 * {@code binaries}, {@code mtis}</td></tr>
 * <tr><td>{@link io.pos4j.testkit.arbitraries.TlvArbitraries}</td><td>{@code tags}, {@code trees},
 * {@code objects(depth)}, {@code values}, {@code encodings} (every length form)</td></tr>
 * <tr><td>{@link io.pos4j.testkit.arbitraries.EmvArbitraries}</td><td>{@code fci}, {@code gpoFormat1},
 * {@code gpoFormat2}, {@code readRecord}, {@code de55}, {@code dols}, {@code afl}, {@code value(tag)}</td></tr>
 * <tr><td>{@link io.pos4j.testkit.arbitraries.CardArbitraries}</td><td>{@code pans}, {@code pins},
 * {@code ksns}, {@code aesKsns}, {@code track2}, {@code amounts}, {@code expiryDates}, {@code transactionDates}</td></tr>
 * <tr><td>{@link io.pos4j.testkit.arbitraries.MalformedInputs}</td><td>{@code iso(spec)} ({@link
 * io.pos4j.testkit.arbitraries.MalformedIso}), {@code tlv()} ({@link
 * io.pos4j.testkit.arbitraries.MalformedTlv}): input plus the expected reason</td></tr>
 * </table>
 *
 * <p>Generated values are valid by construction and shrink to smaller valid values: jqwik reports
 * the smallest message or tree that still fails your property.
 */
package io.pos4j.testkit.arbitraries;
