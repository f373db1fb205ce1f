/// Decimal digits appended as bytes, for the outputs written as bytes
/// (timestamps, the JSON records' numbers): no intermediate `String`.
public enum DecimalDigits {
    /// Appends the decimal digits of `n`, left-padded with zeros to `minimumCount`.
    public static func append(_ n: UInt, minimumCount: Int = 1, to bytes: inout [UInt8]) {
        var n = n
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in  // UInt.max has 20
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            for _ in count..<max(count, minimumCount) { bytes.append(UInt8(ascii: "0")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }
}
