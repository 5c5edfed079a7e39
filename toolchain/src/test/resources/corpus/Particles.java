public class Particles {
    /** Fixed-point 16.16 physics: positions and velocities in a box with elastic walls and gravity. */
    static final class Particle {
        int x, y, vx, vy;
        final int mass;
        int bounces;
        Particle(int x, int y, int vx, int vy, int mass) { this.x = x; this.y = y; this.vx = vx; this.vy = vy; this.mass = mass; }
        void step(int gravity, int size) {
            vy += gravity;
            x += vx;
            y += vy;
            if (x < 0) { x = -x; vx = -vx; bounces++; }
            if (x > size) { x = 2 * size - x; vx = -vx; bounces++; }
            if (y < 0) { y = -y; vy = -vy; bounces++; }
            if (y > size) { y = 2 * size - y; vy = -vy * 15 / 16; bounces++; }
        }
        long energy() { return ((long) vx * vx + (long) vy * vy) / 65536 * mass; }
    }

    public static void main(String[] args) {
        final int one = 1 << 16, size = 100 * one;
        Particle[] ps = new Particle[200];
        int r = 99991;
        for (int i = 0; i < ps.length; i++) {
            r = r * 69069 + 1;
            int x = (r >>> 8) % size;
            r = r * 69069 + 1;
            int y = (r >>> 8) % size;
            r = r * 69069 + 1;
            ps[i] = new Particle(x, y, (r >> 12) % (2 * one), (r >> 14) % one, 1 + (i % 5));
        }
        for (int t = 0; t <= 400; t++) {
            for (Particle p : ps) p.step(one / 50, size);
            if (t % 100 == 0) {
                long e = 0, cx = 0, cy = 0;
                int bounces = 0;
                for (Particle p : ps) { e += p.energy(); cx += p.x; cy += p.y; bounces += p.bounces; }
                System.out.println("t=" + t + " energy=" + e + " centre=" + (cx / ps.length >> 16) + "," + (cy / ps.length >> 16) + " bounces=" + bounces);
            }
        }
        int[] histogram = new int[10];
        for (Particle p : ps) histogram[Math.min(9, (p.y >> 16) / 10)]++;
        StringBuilder sb = new StringBuilder();
        for (int h : histogram) sb.append(h).append(' ');
        System.out.println(sb);
    }
}
