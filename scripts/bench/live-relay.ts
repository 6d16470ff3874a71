// The floor for `npm run bench:live`: a bare Socket.IO broadcast relay speaking the same room
// protocol, with nothing else — no cookie, no validation, no rate limit, no storage, state in memory.
// Run as a child process: `node --import tsx scripts/bench/live-relay.ts <port>`.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'

interface State { room: string, page: number, clicks: number, version: number, updatedAt: number }

const http = createServer()
const io = new Server(http, { serveClient: false, transports: ['polling', 'websocket'] })
const rooms = new Map<string, State>()
const stateOf = (room: string) => rooms.get(room) ?? { room, page: 1, clicks: 0, version: 0, updatedAt: Date.now() }

io.on('connection', (socket) => {
  socket.on('room:join', ({ room }, ack) => {
    void socket.join(room)
    ack({ ok: true, role: 'student', state: stateOf(room) })
  })
  socket.on('room:move', ({ room, page, clicks }, ack) => {
    const state = { room, page, clicks, version: stateOf(room).version + 1, updatedAt: Date.now() }
    rooms.set(room, state)
    io.to(room).emit('room:state', state)
    ack({ ok: true, state })
  })
})

http.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`relay pronto na porta ${(http.address() as AddressInfo).port}`)
})
