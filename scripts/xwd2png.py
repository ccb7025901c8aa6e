#!/usr/bin/env python3
"""An X window dump (xwd -root, 24/32-bit TrueColor) to PNG: python3 xwd2png.py IN.xwd OUT.png.
For the e2e test's pictures (TAVLE_SCREENSHOTS): WebKitGTK's WebDriver screenshot hangs under
Xvfb, so the test takes the screen with xwd instead. Standard library only."""
import struct, zlib, sys
d=open(sys.argv[1],'rb').read()
hs=struct.unpack('>I',d[0:4])[0]
h=struct.unpack('>25I',d[0:100])
w,ht=h[4],h[5]; bpp=h[11]; bpl=h[12]; ncolors=h[19]
off=hs+ncolors*12
rows=[]
for y in range(ht):
    # TrueColor, least significant byte first: B, G, R (and X when 32 bits per pixel).
    step=bpp//8
    line=d[off+y*bpl: off+y*bpl+w*step]
    out=bytearray(w*3)
    out[0::3]=line[2::step]; out[1::3]=line[1::step]; out[2::3]=line[0::step]
    rows.append(b'\x00'+bytes(out))
raw=b''.join(rows)
def chunk(t,b): return struct.pack('>I',len(b))+t+b+struct.pack('>I',zlib.crc32(t+b)&0xffffffff)
png=b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',w,ht,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw,6))+chunk(b'IEND',b'')
open(sys.argv[2],'wb').write(png)
