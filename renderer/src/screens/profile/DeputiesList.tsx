import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { leaderSchema } from '../../../../shared/schemas/profile';
import { fieldRules } from '../../components/form-rules';
import { MAX_DEPUTIES } from './profileFormValues';

/** A title is one line: Enter does not break it. */
export const oneLine = (value: unknown) => (typeof value === 'string' ? value.replace(/\n/g, ' ') : value);

/** The deputies (Phó Chủ tịch): a list the user can grow and shrink, up to ten names. */
export function DeputiesList() {
  return (
    <Form.List name="deputies">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <p className="muted">Chưa nhập Phó Chủ tịch nào.</p>}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={[field.name, 'fullName']}
                style={{ flex: '1 1 40%' }}
                rules={fieldRules(leaderSchema, 'fullName', { required: true })}
              >
                <Input aria-label={`Họ tên Phó Chủ tịch ${index + 1}`} placeholder="Họ và tên" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'title']}
                style={{ flex: '1 1 60%' }}
                rules={fieldRules(leaderSchema, 'title')}
                normalize={oneLine}
              >
                {/* A title held together ("Phó Chủ tịch …, Chủ tịch Hội …") wraps instead of being cut off. */}
                <Input.TextArea
                  aria-label={`Chức danh Phó Chủ tịch ${index + 1}`}
                  placeholder="Chức danh, ví dụ: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={`Bỏ Phó Chủ tịch ${index + 1}`}
                title="Bỏ dòng này"
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ fullName: '', title: '' })}
            disabled={fields.length >= MAX_DEPUTIES}
          >
            Thêm Phó Chủ tịch
          </Button>
          {fields.length >= MAX_DEPUTIES && <p className="muted">Tối đa {MAX_DEPUTIES} Phó Chủ tịch.</p>}
        </>
      )}
    </Form.List>
  );
}
